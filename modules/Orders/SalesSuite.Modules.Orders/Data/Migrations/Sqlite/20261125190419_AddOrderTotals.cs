using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrderTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmedOn",
                table: "orders_Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalInBaseScaled",
                table: "orders_Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalScaled",
                table: "orders_Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NetInBaseScaled",
                table: "orders_Lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_ConfirmedOn",
                table: "orders_Orders",
                columns: new[] { "TenantId", "ConfirmedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_Orders_TenantId_ConfirmedOn",
                table: "orders_Orders");

            migrationBuilder.DropColumn(
                name: "ConfirmedOn",
                table: "orders_Orders");

            migrationBuilder.DropColumn(
                name: "TotalInBaseScaled",
                table: "orders_Orders");

            migrationBuilder.DropColumn(
                name: "TotalScaled",
                table: "orders_Orders");

            migrationBuilder.DropColumn(
                name: "NetInBaseScaled",
                table: "orders_Lines");
        }
    }
}
