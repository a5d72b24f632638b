package vn.nguon.broadcast.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.nguon.broadcast.application.DeliveryOutcomes;
import vn.nguon.devices.infrastructure.DeviceMessages;

/**
 * Every device's {@code nguon/dev/<id>/ack} (MQTT), through a durable shared wildcard subscription.
 * Not XA: {@link DeliveryOutcomes} commits each acknowledgement in a database transaction (shared
 * with the acknowledgements that arrived at the same time) and the message is acknowledged to the
 * broker afterwards; a crash in between delivers it again, and
 * recording an acknowledgement twice changes nothing. A refused message is redelivered, then dead-lettered.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "nguon.dev.*.ack"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "nguon-device-ack"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "nguon-device-ack"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "48")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceAckConsumer implements MessageListener {

    @Inject
    DeliveryOutcomes outcomes;

    @Override
    public void onMessage(Message message) {
        outcomes.receive(DeviceMessages.address(message), DeviceMessages.text(message));
    }
}
