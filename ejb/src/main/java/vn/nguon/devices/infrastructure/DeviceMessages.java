package vn.nguon.devices.infrastructure;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import java.nio.charset.StandardCharsets;

/** What an MQTT publication looks like on the JMS side: the address it was published to, its UTF-8 payload. */
public final class DeviceMessages {

    private DeviceMessages() {
    }

    public static String address(Message m) {
        try {
            Destination d = m.getJMSDestination();
            if (d instanceof Topic t) {
                return t.getTopicName();
            }
            if (d instanceof Queue q) {
                return q.getQueueName();
            }
            return m.getStringProperty("_AMQ_ORIG_ADDRESS");
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the address of a device message", e);
        }
    }

    public static String text(Message m) {
        try {
            if (m instanceof TextMessage t) {
                return t.getText();
            }
            if (m instanceof BytesMessage b) {
                byte[] bytes = new byte[(int) b.getBodyLength()];
                b.readBytes(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return null;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a device message", e);
        }
    }
}
