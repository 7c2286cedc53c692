package fi.valita.requests;

/** Whether an expert should have any or all of the wanted lived-experience areas. */
public enum AreasRule {
    ANY,
    ALL
}
