package org.forecastledger.backup;

/**
 * A backup file that cannot be restored here, and why: nothing was changed. The status says which kind of refusal
 * it is when it reaches HTTP: 409 for a database that is not empty, 422 for a file that is damaged or too new.
 */
public class BackupRefused extends RuntimeException {

    private final int status;

    BackupRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static BackupRefused damaged(String why) {
        return new BackupRefused(422, "The backup file is damaged: " + why);
    }

    public int status() {
        return status;
    }
}
