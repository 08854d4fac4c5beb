-- Scheduled jobs run once per cluster, not once per node: each node's timer fires, the first to claim the
-- job's slot (its firing time, to the nearest minute) runs it, the others see the claim and skip.
create table scheduled_run (
    job        varchar(60)  not null,
    slot       timestamptz  not null,
    node       varchar(100) not null,
    claimed_at timestamptz  not null,
    primary key (job, slot)
);
