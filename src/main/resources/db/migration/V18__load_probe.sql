-- Rows written by the bare endpoint of the load benchmark (POST /api/v1/load-probe, demo mode only): one insert
-- per request, the yardstick referral intake is measured against (docs/benchmarks.md, "Role journeys"). Nothing
-- reads them.
create table load_probe (
    id         bigserial   primary key,
    created_at timestamptz not null
);
