using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversionCohortDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CreatedOn",
                table: "customers_Customers",
                type: "TEXT",
                nullable: true);

            // Registered customers get the UTC day of their creation. CreatedAt is stored by DateTimeOffsetToBinaryConverter: (ticks / 1000) << 11 | offset minutes.
            migrationBuilder.Sql(@"UPDATE ""customers_Customers"" SET ""CreatedOn"" = date(((""CreatedAt"" >> 11) * 1000 - 621355968000000000) / 10000000, 'unixepoch') WHERE ""CreatedOn"" IS NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_customers_Customers_TenantId_CreatedOn",
                table: "customers_Customers",
                columns: new[] { "TenantId", "CreatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_customers_Customers_TenantId_CreatedOn",
                table: "customers_Customers");

            migrationBuilder.DropColumn(
                name: "CreatedOn",
                table: "customers_Customers");
        }
    }
}
