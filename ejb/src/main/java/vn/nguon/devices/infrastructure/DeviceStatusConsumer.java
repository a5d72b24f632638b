package vn.nguon.devices.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.nguon.devices.application.DeviceTelemetry;

/** Every device's {@code nguon/dev/<id>/status} (MQTT), through a durable wildcard subscription. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "nguon.dev.*.status"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "nguon-device-status"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "nguon-device-status"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class DeviceStatusConsumer implements MessageListener {

    @Inject
    DeviceTelemetry telemetry;

    @Override
    public void onMessage(Message message) {
        telemetry.receive(DeviceMessages.address(message), DeviceMessages.text(message));
    }
}
