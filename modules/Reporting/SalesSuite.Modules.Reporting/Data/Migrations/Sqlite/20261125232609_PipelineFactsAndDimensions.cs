using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineFactsAndDimensions : Migration
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
                name: "IX_reporting_RepDimension_TenantId_UserId",
                table: "reporting_RepDimension",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

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
                name: "reporting_Opportunities");

            migrationBuilder.DropTable(
                name: "reporting_OpportunityMeasures");

            migrationBuilder.DropTable(
                name: "reporting_RepDimension");

            migrationBuilder.DropTable(
                name: "reporting_StageEntries");

            migrationBuilder.DropTable(
                name: "reporting_TeamDimension");
        }
    }
}
