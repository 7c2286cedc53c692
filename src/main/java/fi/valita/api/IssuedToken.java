package fi.valita.api;

/**
 * A token just made, with its secret: the only moment the secret is known, since only its hash is kept.
 */
public record IssuedToken(ApiToken token, String secret) {}
