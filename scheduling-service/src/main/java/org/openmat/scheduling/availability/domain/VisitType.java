package org.openmat.scheduling.availability.domain;

/** The kinds of video visit a patient can book; their lengths are settings, see {@link VisitDurations}. */
public enum VisitType {
    /** The first visit, where buprenorphine is started. */
    INDUCTION,
    FOLLOW_UP,
    /** Offered when a check-in escalates. */
    URGENT
}
