package org.kakehashi.platform.schema;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.RoleRequired;

/** An administrator backs up the embedded database while the server runs. */
@Path("admin/backup")
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseBackupResource {

    @Inject
    DatabaseBackup backup;
    @Inject
    CallerIdentification identification;

    @POST
    public DatabaseBackup.Written backUp() {
        RoleRequired.require(identification.caller(), Role.ADMIN, "backup.admin-only");
        return backup.backUp().orElseThrow(() -> new BackupProblem(DomainProblem.Kind.CONFLICT, "backup.use-pg-dump"));
    }

    /** A refusal about backups. */
    static class BackupProblem extends DomainProblem {
        BackupProblem(Kind kind, String key) {
            super(kind, key, null);
        }
    }
}
