using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrderReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PaidAt",
                table: "orders_Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnpaidReminderDays",
                table: "orders_Currencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnshippedReminderDays",
                table: "orders_Currencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "orders_Orders");

            migrationBuilder.DropColumn(
                name: "UnpaidReminderDays",
                table: "orders_Currencies");

            migrationBuilder.DropColumn(
                name: "UnshippedReminderDays",
                table: "orders_Currencies");
        }
    }
}
