// Draws Haven's icons (a pale sun rising over a calm horizon) as PNGs with no dependencies.
// Run `node scripts/make-icons.js` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** @typedef {[number, number, number, number]} Rgba */
/** @param {number} r @param {number} g @param {number} b @returns {Rgba} */
const rgb = (r, g, b) => [r, g, b, 255];
const BG = rgb(0x2f, 0x5d, 0x64);
const SUN = rgb(0xf6, 0xe7, 0xc8);
const HILL = rgb(0xdc, 0xeb, 0xea);

/** @param {Buffer} buf */
function crc32(buf) {
	let c;
	let crc = 0xffffffff;
	for (let n = 0; n < buf.length; n++) {
		c = (crc ^ (buf[n] ?? 0)) & 0xff;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/**
 * @param {number} size
 * @param {(u: number, v: number) => Rgba} pixel
 */
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b, a] = pixel(x / size, y / size);
			const i = y * (size * 4 + 1) + 1 + x * 4;
			raw[i] = r;
			raw[i + 1] = g;
			raw[i + 2] = b;
			raw[i + 3] = a;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8;
	header[9] = 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/**
 * `scale` shrinks the drawing toward the centre (maskable icons keep a safe zone).
 * @param {number} scale
 * @param {boolean} rounded
 * @returns {(u: number, v: number) => Rgba}
 */
function drawing(scale, rounded) {
	return (u, v) => {
		if (rounded) {
			const r = 0.2;
			const dx = Math.max(r - u, u - (1 - r), 0);
			const dy = Math.max(r - v, v - (1 - r), 0);
			if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
		}
		const x = (u - 0.5) / scale + 0.5;
		const y = (v - 0.5) / scale + 0.5;
		const hill = y > 0.62 + 0.06 * Math.cos((x - 0.5) * Math.PI * 1.4);
		if (hill && x > 0.08 && x < 0.92 && y < 0.9) return HILL;
		const sunDist = Math.hypot(x - 0.5, y - 0.58);
		if (sunDist < 0.24 && !hill) return SUN;
		return BG;
	};
}

const out = new URL('../static/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, drawing(1, true)));
writeFileSync(new URL('icon-512.png', out), png(512, drawing(1, true)));
writeFileSync(new URL('maskable-512.png', out), png(512, drawing(0.72, false)));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, drawing(1, false)));
