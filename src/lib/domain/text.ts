/** Lower case without accents, so "cafe" finds "Café" (search and matching names). */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase();
}
