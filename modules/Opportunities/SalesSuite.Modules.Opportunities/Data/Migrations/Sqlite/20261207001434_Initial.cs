using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Opportunities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opportunities_Inbox",
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
                    table.PrimaryKey("PK_opportunities_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_Outbox",
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
                    table.PrimaryKey("PK_opportunities_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_Stages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultProbability = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities_Stages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_Opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AmountScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RateToBase = table.Column<decimal>(type: "TEXT", precision: 20, scale: 10, nullable: true),
                    BaseCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AmountInBaseScaled = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpectedCloseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageEnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Probability = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities_Opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opportunities_Opportunities_opportunities_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "opportunities_Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToOwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opportunities_Assignments_opportunities_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "opportunities_Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NextFollowUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opportunities_FollowUps_opportunities_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "opportunities_Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opportunities_StageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToStageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opportunities_StageChanges_opportunities_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "opportunities_Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Assignments_OpportunityId",
                table: "opportunities_Assignments",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Assignments_TenantId_OpportunityId_At",
                table: "opportunities_Assignments",
                columns: new[] { "TenantId", "OpportunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_FollowUps_OpportunityId",
                table: "opportunities_FollowUps",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_FollowUps_TenantId_NextFollowUpAt",
                table: "opportunities_FollowUps",
                columns: new[] { "TenantId", "NextFollowUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_FollowUps_TenantId_OpportunityId_At",
                table: "opportunities_FollowUps",
                columns: new[] { "TenantId", "OpportunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Inbox_TenantId_MessageId_Handler",
                table: "opportunities_Inbox",
                columns: new[] { "TenantId", "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Opportunities_StageId",
                table: "opportunities_Opportunities",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Opportunities_TenantId_CustomerId",
                table: "opportunities_Opportunities",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Opportunities_TenantId_OwnerId_Status",
                table: "opportunities_Opportunities",
                columns: new[] { "TenantId", "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Opportunities_TenantId_StageId",
                table: "opportunities_Opportunities",
                columns: new[] { "TenantId", "StageId" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Outbox_TenantId_ProcessedAt_OccurredAt",
                table: "opportunities_Outbox",
                columns: new[] { "TenantId", "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_StageChanges_OpportunityId",
                table: "opportunities_StageChanges",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_StageChanges_TenantId_OpportunityId_At",
                table: "opportunities_StageChanges",
                columns: new[] { "TenantId", "OpportunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_Stages_TenantId_Name",
                table: "opportunities_Stages",
                columns: new[] { "TenantId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opportunities_Assignments");

            migrationBuilder.DropTable(
                name: "opportunities_FollowUps");

            migrationBuilder.DropTable(
                name: "opportunities_Inbox");

            migrationBuilder.DropTable(
                name: "opportunities_Outbox");

            migrationBuilder.DropTable(
                name: "opportunities_StageChanges");

            migrationBuilder.DropTable(
                name: "opportunities_Opportunities");

            migrationBuilder.DropTable(
                name: "opportunities_Stages");
        }
    }
}
