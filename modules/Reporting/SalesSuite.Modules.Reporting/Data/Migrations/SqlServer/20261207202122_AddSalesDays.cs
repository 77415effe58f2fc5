using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddSalesDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProductOrderCount",
                schema: "reporting",
                table: "SalesLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "SalesDays",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NetInBaseScaled = table.Column<long>(type: "bigint", nullable: false),
                    QuantityScaled = table.Column<long>(type: "bigint", nullable: false),
                    Orders = table.Column<int>(type: "int", nullable: false),
                    Lines = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Quarter = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesDays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesDays_TenantId_Day",
                schema: "reporting",
                table: "SalesDays",
                columns: new[] { "TenantId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesDays_TenantId_OwnerId_Day",
                schema: "reporting",
                table: "SalesDays",
                columns: new[] { "TenantId", "OwnerId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SalesDays",
                schema: "reporting");

            migrationBuilder.DropColumn(
                name: "ProductOrderCount",
                schema: "reporting",
                table: "SalesLines");
        }
    }
}
