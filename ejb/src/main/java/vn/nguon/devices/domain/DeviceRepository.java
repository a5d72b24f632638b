package vn.nguon.devices.domain;

import java.util.List;
import java.util.Optional;

public interface DeviceRepository {

    Optional<Device> find(String id);

    /** The devices of the communes below (or equal to) a unit, newest first. */
    List<Device> under(String unitCode);

    boolean nameTaken(String unitCode, String name);

    long nextSerial();

    void add(Device device);
}
