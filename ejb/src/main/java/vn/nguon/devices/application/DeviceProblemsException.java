package vn.nguon.devices.application;

import jakarta.ejb.ApplicationException;
import vn.nguon.devices.domain.DeviceProblem;

import java.util.List;

/** The device data (or import file) has problems; nothing was saved. */
@ApplicationException(rollback = true)
public class DeviceProblemsException extends RuntimeException {

    private final List<DeviceProblem> problems;

    public DeviceProblemsException(List<DeviceProblem> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DeviceProblem> problems() {
        return problems;
    }
}
