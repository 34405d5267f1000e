/**
 * The environment variable that gives a target's setup token. Setup operations carry it as a Bearer credential; a
 * target that guards setup (the reference always does) refuses them without it.
 */
export const SETUP_TOKEN_VARIABLE = 'SX_SETUP_TOKEN'
