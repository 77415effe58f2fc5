using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCustomerImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customers_ImportRows");

            migrationBuilder.DropTable(
                name: "customers_Imports");
        }
    }
}
