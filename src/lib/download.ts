/** Hands a file the app made to the browser's downloads. Nothing leaves the device. */
export function saveFile(file: { name: string; text: string; type: string }): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
