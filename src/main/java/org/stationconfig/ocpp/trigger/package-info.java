/**
 * TriggerMessage (S16 §5.17) and ExtendedTriggerMessage (whitepaper F06): the two handlers and the port
 * {@link org.stationconfig.ocpp.trigger.TriggerableMessage} each triggerable message's owner implements, collected by
 * {@link org.stationconfig.ocpp.trigger.TriggerableMessages}.
 *
 * <p>May not import: any feature package: only {@code org.stationconfig.common} and the machinery's own packages
 * ({@code org.stationconfig.ocpp..}); features plug in through the ports it owns.
 */
package org.stationconfig.ocpp.trigger;
