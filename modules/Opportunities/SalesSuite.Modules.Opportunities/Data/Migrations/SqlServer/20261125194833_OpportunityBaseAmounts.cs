using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Opportunities.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OpportunityBaseAmounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AmountInBaseScaled",
                schema: "opportunities",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaseCurrency",
                schema: "opportunities",
                table: "Opportunities",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "RateToBase",
                schema: "opportunities",
                table: "Opportunities",
                type: "decimal(20,10)",
                precision: 20,
                scale: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountInBaseScaled",
                schema: "opportunities",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "BaseCurrency",
                schema: "opportunities",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "RateToBase",
                schema: "opportunities",
                table: "Opportunities");
        }
    }
}
