using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConversionCohortDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CreatedOn",
                schema: "customers",
                table: "Customers",
                type: "date",
                nullable: true);

            // Registered customers get the UTC day of their creation.
            migrationBuilder.Sql(@"UPDATE [customers].[Customers] SET [CreatedOn] = CAST(SWITCHOFFSET([CreatedAt], '+00:00') AS date) WHERE [CreatedOn] IS NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TenantId_CreatedOn",
                schema: "customers",
                table: "Customers",
                columns: new[] { "TenantId", "CreatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Customers_TenantId_CreatedOn",
                schema: "customers",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "CreatedOn",
                schema: "customers",
                table: "Customers");
        }
    }
}
