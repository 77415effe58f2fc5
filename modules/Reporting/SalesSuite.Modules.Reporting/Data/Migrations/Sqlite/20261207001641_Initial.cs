using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_CustomerDimension",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_CustomerDimension", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_GeneratedReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Slot = table.Column<long>(type: "INTEGER", nullable: true),
                    Charts = table.Column<string>(type: "TEXT", nullable: false),
                    Reveals = table.Column<string>(type: "TEXT", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_GeneratedReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_Inbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_IntentModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Examples = table.Column<int>(type: "INTEGER", nullable: false),
                    Won = table.Column<int>(type: "INTEGER", nullable: false),
                    Lost = table.Column<int>(type: "INTEGER", nullable: false),
                    Auc = table.Column<double>(type: "REAL", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ModelJson = table.Column<string>(type: "TEXT", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_IntentModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_Opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Probability = table.Column<int>(type: "INTEGER", nullable: false),
                    HasAmount = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountInBaseScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    WeightedScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedCloseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CycleMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_Opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_OpportunityMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false),
                    Won = table.Column<int>(type: "INTEGER", nullable: false),
                    Lost = table.Column<int>(type: "INTEGER", nullable: false),
                    WonScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    PipelineScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    WeightedScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quarter = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_OpportunityMeasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ReadModelState",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RebuiltAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EventsApplied = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ReadModelState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_RepDimension",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Territory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ManagerUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_RepDimension", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ReportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ReportFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ReportSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    NextRunAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ReportSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_ReportTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_ReportTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_SalesLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProductKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuantityScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    NetInBaseScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quarter = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_SalesLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_StageEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StagePosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MovedOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinutesInStage = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_StageEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_TeamDimension",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_TeamDimension", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_CustomerDimension_TenantId_CustomerId",
                table: "reporting_CustomerDimension",
                columns: new[] { "TenantId", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_GeneratedReports_TenantId_OwnerId_CreatedAt",
                table: "reporting_GeneratedReports",
                columns: new[] { "TenantId", "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_GeneratedReports_TenantId_ScheduleId_Slot",
                table: "reporting_GeneratedReports",
                columns: new[] { "TenantId", "ScheduleId", "Slot" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_Inbox_TenantId_MessageId_Handler",
                table: "reporting_Inbox",
                columns: new[] { "TenantId", "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_IntentModels_TenantId_Key",
                table: "reporting_IntentModels",
                columns: new[] { "TenantId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_Opportunities_TenantId_OpportunityId",
                table: "reporting_Opportunities",
                columns: new[] { "TenantId", "OpportunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_Opportunities_TenantId_Status_OwnerId",
                table: "reporting_Opportunities",
                columns: new[] { "TenantId", "Status", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_OpportunityMeasures_TenantId_Day",
                table: "reporting_OpportunityMeasures",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_OpportunityMeasures_TenantId_OpportunityId",
                table: "reporting_OpportunityMeasures",
                columns: new[] { "TenantId", "OpportunityId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_Outbox_TenantId_ProcessedAt_OccurredAt",
                table: "reporting_Outbox",
                columns: new[] { "TenantId", "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ReadModelState_TenantId",
                table: "reporting_ReadModelState",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_RepDimension_TenantId_UserId",
                table: "reporting_RepDimension",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ReportFiles_TenantId_ReportId_Format",
                table: "reporting_ReportFiles",
                columns: new[] { "TenantId", "ReportId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_ReportSchedules_TenantId_NextRunAt",
                table: "reporting_ReportSchedules",
                columns: new[] { "TenantId", "NextRunAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_SalesLines_TenantId_Day",
                table: "reporting_SalesLines",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_SalesLines_TenantId_OrderId",
                table: "reporting_SalesLines",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_SalesLines_TenantId_OwnerId_Day",
                table: "reporting_SalesLines",
                columns: new[] { "TenantId", "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_StageEntries_TenantId_Day",
                table: "reporting_StageEntries",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_StageEntries_TenantId_OpportunityId",
                table: "reporting_StageEntries",
                columns: new[] { "TenantId", "OpportunityId" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_StageEntries_TenantId_StageChangeId",
                table: "reporting_StageEntries",
                columns: new[] { "TenantId", "StageChangeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_TeamDimension_TenantId_TeamId",
                table: "reporting_TeamDimension",
                columns: new[] { "TenantId", "TeamId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_CustomerDimension");

            migrationBuilder.DropTable(
                name: "reporting_GeneratedReports");

            migrationBuilder.DropTable(
                name: "reporting_Inbox");

            migrationBuilder.DropTable(
                name: "reporting_IntentModels");

            migrationBuilder.DropTable(
                name: "reporting_Opportunities");

            migrationBuilder.DropTable(
                name: "reporting_OpportunityMeasures");

            migrationBuilder.DropTable(
                name: "reporting_Outbox");

            migrationBuilder.DropTable(
                name: "reporting_ReadModelState");

            migrationBuilder.DropTable(
                name: "reporting_RepDimension");

            migrationBuilder.DropTable(
                name: "reporting_ReportFiles");

            migrationBuilder.DropTable(
                name: "reporting_ReportSchedules");

            migrationBuilder.DropTable(
                name: "reporting_ReportTemplates");

            migrationBuilder.DropTable(
                name: "reporting_SalesLines");

            migrationBuilder.DropTable(
                name: "reporting_StageEntries");

            migrationBuilder.DropTable(
                name: "reporting_TeamDimension");
        }
    }
}
