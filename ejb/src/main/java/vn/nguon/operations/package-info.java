/**
 * Operations: what the team that runs Nguồn watches (docs/operations.md). The gauges the database
 * and the broker answer — devices online by province, the outbox, reports of the open periods,
 * documents signed, feedback overdue, the queues' depths — refreshed on each node every 30 s and
 * scraped with WildFly's own metrics in Prometheus format. A read model of the features' tables:
 * it imports no feature.
 */
package vn.nguon.operations;
