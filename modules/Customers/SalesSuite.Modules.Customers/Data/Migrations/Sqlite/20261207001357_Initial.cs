using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customers_Categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameNormalized = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_Line1 = table.Column<string>(type: "TEXT", maxLength: 672, nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address_PostalCode = table.Column<string>(type: "TEXT", maxLength: 192, nullable: true),
                    Address_Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Lifecycle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PurchaseCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RefusedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RevertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevertedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Inbox",
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
                    table.PrimaryKey("PK_customers_Inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Levels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Levels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Outbox",
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
                    table.PrimaryKey("PK_customers_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_Contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 244, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 816, nullable: true),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EmailIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_Contacts_customers_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_Interactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NextFollowUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpDoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_Interactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_Interactions_customers_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customers_ImportRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerVersion = table.Column<long>(type: "INTEGER", nullable: true),
                    Messages = table.Column<string>(type: "TEXT", nullable: false),
                    AddedContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FilledFields = table.Column<string>(type: "TEXT", nullable: false),
                    AddedTags = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_ImportRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customers_ImportRows_customers_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "customers_Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Categories_TenantId_Code",
                table: "customers_Categories",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_CustomerId",
                table: "customers_Contacts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_CustomerId",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_EmailIndex",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "EmailIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_PhoneIndex",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "PhoneIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Customers_TenantId_CreatedAt",
                table: "customers_Customers",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Customers_TenantId_CreatedOn",
                table: "customers_Customers",
                columns: new[] { "TenantId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Customers_TenantId_NameNormalized",
                table: "customers_Customers",
                columns: new[] { "TenantId", "NameNormalized" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Customers_TenantId_OwnerId",
                table: "customers_Customers",
                columns: new[] { "TenantId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_ImportRows_ImportId",
                table: "customers_ImportRows",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_ImportRows_TenantId_ImportId_Outcome",
                table: "customers_ImportRows",
                columns: new[] { "TenantId", "ImportId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_ImportRows_TenantId_ImportId_RowNumber",
                table: "customers_ImportRows",
                columns: new[] { "TenantId", "ImportId", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Imports_TenantId_CreatedAt",
                table: "customers_Imports",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Inbox_TenantId_MessageId_Handler",
                table: "customers_Inbox",
                columns: new[] { "TenantId", "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Interactions_CustomerId",
                table: "customers_Interactions",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_Interactions_TenantId_CustomerId_OccurredAt",
                table: "customers_Interactions",
                columns: new[] { "TenantId", "CustomerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Interactions_TenantId_NextFollowUpAt",
                table: "customers_Interactions",
                columns: new[] { "TenantId", "NextFollowUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Levels_TenantId_Code",
                table: "customers_Levels",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Outbox_TenantId_ProcessedAt_OccurredAt",
                table: "customers_Outbox",
                columns: new[] { "TenantId", "ProcessedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customers_Categories");

            migrationBuilder.DropTable(
                name: "customers_Contacts");

            migrationBuilder.DropTable(
                name: "customers_ImportRows");

            migrationBuilder.DropTable(
                name: "customers_Inbox");

            migrationBuilder.DropTable(
                name: "customers_Interactions");

            migrationBuilder.DropTable(
                name: "customers_Levels");

            migrationBuilder.DropTable(
                name: "customers_Outbox");

            migrationBuilder.DropTable(
                name: "customers_Imports");

            migrationBuilder.DropTable(
                name: "customers_Customers");
        }
    }
}
