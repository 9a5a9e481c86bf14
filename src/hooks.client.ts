import type { HandleClientError } from '@sveltejs/kit';

// An unknown address is not an error worth logging: the page says so kindly. Anything else
// is logged to this device's console only (nothing is ever reported anywhere).
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
