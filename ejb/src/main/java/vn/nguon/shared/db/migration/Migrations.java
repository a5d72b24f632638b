package vn.nguon.shared.db.migration;

import org.flywaydb.core.api.migration.JavaMigration;

import java.util.List;

/** Every schema migration, in order. Add new ones at the end; never edit an applied one. */
public final class Migrations {

    private Migrations() {
    }

    public static List<JavaMigration> all() {
        return List.of(new V1__Schema(), new V2__AdministrativeUnits(), new V3__Reporting(), new V4__Documents(), new V5__Devices(), new V6__DeviceTelemetry(),
                new V7__Broadcasts(), new V8__DeliveryResend(), new V9__NotificationOutbox(), new V10__DeviceControl(), new V11__DeliveryRecorded(),
                new V12__RefusedMessages(), new V13__DeviceSerial(), new V14__Accounts(),
                new V15__AccountSignIn(), new V16__Sources(), new V17__Attachments(), new V18__Feedback(), new V19__DashboardTargets(), new V20__ActivityDay(), new V21__Statements());
    }
}
