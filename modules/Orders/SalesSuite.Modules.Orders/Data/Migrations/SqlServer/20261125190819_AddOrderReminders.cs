using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddOrderReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaidAt",
                schema: "orders",
                table: "Orders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnpaidReminderDays",
                schema: "orders",
                table: "Currencies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnshippedReminderDays",
                schema: "orders",
                table: "Currencies",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidAt",
                schema: "orders",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "UnpaidReminderDays",
                schema: "orders",
                table: "Currencies");

            migrationBuilder.DropColumn(
                name: "UnshippedReminderDays",
                schema: "orders",
                table: "Currencies");
        }
    }
}
