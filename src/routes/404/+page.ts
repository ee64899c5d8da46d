// Written as build/404.html, which static hosts serve for any address they do not have. It speaks
// all three languages at once and needs no script.
export const trailingSlash = 'never';
export const csr = false;
