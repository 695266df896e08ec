-- Photos and documents a reporter sends with a report; they become the case's when it is filed.
create table penalty_report_files (
    id           uuid         primary key,
    report_id    uuid         not null references penalty_reports (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    content      bytea        not null
);
create index penalty_report_files_report_idx on penalty_report_files (report_id);
