"""Storage: the only package that imports sqlcipher3."""
