using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Opportunities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpportunityBaseAmounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AmountInBaseScaled",
                table: "opportunities_Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaseCurrency",
                table: "opportunities_Opportunities",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "RateToBase",
                table: "opportunities_Opportunities",
                type: "TEXT",
                precision: 20,
                scale: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountInBaseScaled",
                table: "opportunities_Opportunities");

            migrationBuilder.DropColumn(
                name: "BaseCurrency",
                table: "opportunities_Opportunities");

            migrationBuilder.DropColumn(
                name: "RateToBase",
                table: "opportunities_Opportunities");
        }
    }
}
