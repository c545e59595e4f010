package in.haat.inventory.mapping;

/**
 * The unit a catalogue item's quantity counts, with Setu's codes (its {@code UnitDenomination}, UN/CEFACT
 * style): {@code GM} grams, {@code KG} kilograms, {@code ML} millilitres, {@code LT} litres, {@code EA} each,
 * {@code PK} pack, {@code DZ} dozen, ...
 */
public enum UnitDenomination {
    BF, BG, BL, BT, BX, C, CC, CF, CI, CL, CM, CN, CS, CT, CW, CY, DI, DR, DW, DY, DZ, EA, FT, GL, GM, GN, GR, HR, IN,
    JR, KG, KT, LB, LF, LG, LI, LT, LY, M, MG, ML, MM, MN, MO, MR, MT, OG, OZ, PA, PC, PG, PK, PL, PR, PT, QR, QT, RD,
    RL, RM, SF, SH, ST, SY, TB, TR, UT, VL, WK, YD, YR
}
