import { describe, expect, it } from 'vitest';
import { decrypt, encrypt } from './aead';
import { fromHex, toHex, utf8 } from './bytes';
import { changePassphrase, createLock, unlockKeys, WrongPassphraseError } from './lock-keys';
import {
	newKdfParams,
	passphraseKey,
	pbkdf2Sha256,
	PBKDF2_ITERATIONS,
	PBKDF2_MIN_ITERATIONS,
	WeakKdfError
} from './passphrase';
import { openSealed, sealTo } from './seal';

describe('known answers', () => {
	it('PBKDF2-HMAC-SHA256 gives the published test vectors', async () => {
		const vectors: [number, string][] = [
			[1, '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
			[2, 'ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43'],
			[4096, 'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a']
		];
		for (const [iterations, expected] of vectors) {
			const bits = await pbkdf2Sha256('password', utf8('salt'), iterations, 256);
			expect(toHex(bits)).toBe(expected);
		}
	});

	it('AES-256-GCM gives the GCM specification’s test cases 13 and 14', async () => {
		const key = await crypto.subtle.importKey('raw', new Uint8Array(32), 'AES-GCM', false, [
			'encrypt'
		]);
		const iv = new Uint8Array(12);
		const empty = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(0));
		expect(toHex(empty)).toBe('530f8afbc74536b9a963b4f1c4cb738b');
		const block = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(16));
		expect(toHex(block)).toBe(
			'cea7403d4d606b6e074ec5d3baf39d18' + 'd0d1c8a799996bf0265b98b5d48ab919'
		);
		expect(toHex(fromHex('00ff10'))).toBe('00ff10');
	});
});

describe('records under the data key', () => {
	const key = () =>
		crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

	it('open only where they were written, and not with one bit changed', async () => {
		const k = await key();
		const a = await encrypt(k, utf8('first record'), 'id-a');
		const b = await encrypt(k, utf8('second record'), 'id-b');
		expect(new TextDecoder().decode(await decrypt(k, a, 'id-a'))).toBe('first record');
		// Swapped between records: the id bound as associated data no longer matches.
		await expect(decrypt(k, a, 'id-b')).rejects.toThrow();
		await expect(decrypt(k, b, 'id-a')).rejects.toThrow();
		// One bit flipped in the ciphertext, or in the IV.
		const flipped = new Uint8Array(a.data.slice(0));
		flipped[3]! ^= 1;
		await expect(decrypt(k, { iv: a.iv, data: flipped }, 'id-a')).rejects.toThrow();
		const iv = a.iv.slice();
		iv[0]! ^= 0x80;
		await expect(decrypt(k, { iv, data: a.data }, 'id-a')).rejects.toThrow();
	});

	it('never repeat an IV over 100,000 writes', async () => {
		const k = await key();
		const seen = new Set<string>();
		const plaintext = utf8('x');
		for (let i = 0; i < 100_000; i += 1000) {
			const batch = await Promise.all(
				Array.from({ length: 1000 }, () => encrypt(k, plaintext, 'id'))
			);
			for (const { iv } of batch) seen.add(toHex(iv));
		}
		expect(seen.size).toBe(100_000);
	});
});

describe('the passphrase', () => {
	it('is never stretched with less than 600,000 iterations', async () => {
		expect(PBKDF2_MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
		expect(newKdfParams().iterations).toBeGreaterThanOrEqual(600_000);
		const weak = { ...newKdfParams(), iterations: 599_999 };
		await expect(passphraseKey('secret', weak, ['encrypt'])).rejects.toBeInstanceOf(WeakKdfError);
	});

	it('opens the lock, a wrong one does not, and a change re-wraps the key only', async () => {
		const { doc, keys } = await createLock('correct horse battery staple');
		const record = await encrypt(keys.dataKey, utf8('a note'), 'entry-1');
		// The data key never leaves memory in the clear.
		await expect(crypto.subtle.exportKey('raw', keys.dataKey)).rejects.toThrow();
		await expect(unlockKeys(doc, 'Correct horse battery staple')).rejects.toBeInstanceOf(
			WrongPassphraseError
		);

		const changed = await changePassphrase(doc, 'correct horse battery staple', 'new words here');
		expect(changed.sealing).toEqual(doc.sealing);
		expect(changed.kdf.salt).not.toBe(doc.kdf.salt);
		await expect(unlockKeys(changed, 'correct horse battery staple')).rejects.toBeInstanceOf(
			WrongPassphraseError
		);
		const reopened = await unlockKeys(changed, 'new words here');
		// The same record, unchanged, opens with the new passphrase's keys.
		expect(new TextDecoder().decode(await decrypt(reopened.dataKey, record, 'entry-1'))).toBe(
			'a note'
		);
		await expect(changePassphrase(doc, 'wrong', 'x')).rejects.toBeInstanceOf(WrongPassphraseError);
	}, 30_000);
});

describe('sealing while locked', () => {
	it('needs only the public key to write, and the private key to read', async () => {
		const { doc, keys } = await createLock('passphrase');
		const box = await sealTo(keys.publicKey, utf8('saved while locked'), 'entry-9');
		const reopened = await unlockKeys(doc, 'passphrase');
		const text = new TextDecoder().decode(await openSealed(reopened.privateKey, box, 'entry-9'));
		expect(text).toBe('saved while locked');
		await expect(openSealed(reopened.privateKey, box, 'entry-8')).rejects.toThrow();
		const other = await createLock('another');
		await expect(openSealed(other.keys.privateKey, box, 'entry-9')).rejects.toThrow();
	}, 30_000);
});

describe('a protected backup', () => {
	it('opens with its passphrase only, and says what is wrong with a damaged one', async () => {
		const { isEnvelope, openBackup, sealBackup } = await import('./backup-envelope');
		const text = JSON.stringify({ format: 'haven-backup', version: 1, note: 'CANARY' });
		const sealed = await sealBackup(text, 'backup words');
		expect(isEnvelope(sealed)).toBe(true);
		expect(isEnvelope(text)).toBe(false);
		expect(sealed).not.toContain('CANARY');
		expect(JSON.parse(sealed)).toMatchObject({
			format: 'haven-backup-encrypted',
			version: 1,
			kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
			cipher: { name: 'AES-GCM' }
		});
		expect(await openBackup(sealed, 'backup words')).toBe(text);
		await expect(openBackup(sealed, 'other words')).rejects.toBeInstanceOf(WrongPassphraseError);
		const weak = JSON.stringify({
			...JSON.parse(sealed),
			kdf: { ...JSON.parse(sealed).kdf, iterations: 1000 }
		});
		await expect(openBackup(weak, 'backup words')).rejects.toThrow('key setting');
		await expect(openBackup(sealed.slice(0, 50), 'backup words')).rejects.toThrow('not complete');
	}, 20_000);
});
