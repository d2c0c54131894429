package org.meritledger.training.standard;

/** Whether a participant took part. Absent and excused participants have no score. */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
