using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOrderTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                schema: "orders",
                table: "Orders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalInBaseScaled",
                schema: "orders",
                table: "Orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalScaled",
                schema: "orders",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NetInBaseScaled",
                schema: "orders",
                table: "Lines",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_TenantId_ConfirmedOn",
                schema: "orders",
                table: "Orders",
                columns: new[] { "TenantId", "ConfirmedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_TenantId_ConfirmedOn",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ConfirmedOn",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "TotalInBaseScaled",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "TotalScaled",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "NetInBaseScaled",
                schema: "orders",
                table: "Lines");
        }
    }
}
