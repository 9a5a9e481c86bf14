/** Bytes ↔ text, for keys and envelopes. Web platform only. */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);
export const fromUtf8 = (bytes: BufferSource): string => decoder.decode(bytes);

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = '';
	for (let i = 0; i < view.length; i += 0x8000) {
		binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export const toHex = (bytes: ArrayBuffer | Uint8Array): string =>
	[...(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))]
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('');

export const fromHex = (hex: string): Uint8Array<ArrayBuffer> =>
	new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));
