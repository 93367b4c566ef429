package consumer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** JUnit closes the fake after its class, whichever version runs it (5.10 knows only CloseableResource). */
@Order(2)
class ServerIsClosedAfterItsClassTest {
    @Test
    void theServerOfSendingTestIsClosed() {
        assertNotNull(SendingTest.used, "SendingTest ran first");
        assertThrows(IllegalStateException.class, SendingTest.used::baseUrl);
    }
}
