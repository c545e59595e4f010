package in.haat.catalogue.mapping;

/**
 * Setu's incorporation types: private and public limited company, partnership, LLP, one-person company,
 * sole proprietorship, non-profit.
 */
public enum IncorporationType {
    PRLC, PULC, PAR, LLP, OPC, SP, NP
}
