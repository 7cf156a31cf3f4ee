package org.openmat.prescribing.catalogue;

/** DEA controlled-substance schedule of a product, and an authority a DEA registration may grant. */
public enum DeaSchedule {
    II,
    III,
    IV,
    V
}
