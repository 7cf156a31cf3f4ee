package org.openmat.prescribing.pharmacy.webhook;

/** Why a webhook target URL was refused. */
public enum RefusalReason {
    UNSUPPORTED_SCHEME,
    NOT_HTTPS,
    MISSING_HOST,
    USER_INFO,
    UNRESOLVABLE,
    LOOPBACK,
    PRIVATE,
    LINK_LOCAL,
    UNSPECIFIED,
    MULTICAST,
    BROADCAST
}
