using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSalesDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProductOrderCount",
                table: "reporting_SalesLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "reporting_SalesDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NetInBaseScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    QuantityScaled = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Lines = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quarter = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_SalesDays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_SalesDays_TenantId_Day",
                table: "reporting_SalesDays",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_SalesDays_TenantId_OwnerId_Day",
                table: "reporting_SalesDays",
                columns: new[] { "TenantId", "OwnerId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_SalesDays");

            migrationBuilder.DropColumn(
                name: "ProductOrderCount",
                table: "reporting_SalesLines");
        }
    }
}
