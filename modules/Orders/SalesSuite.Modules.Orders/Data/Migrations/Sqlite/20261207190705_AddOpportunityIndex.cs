using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOpportunityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_orders_Orders_TenantId_OpportunityId",
                table: "orders_Orders",
                columns: new[] { "TenantId", "OpportunityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_Orders_TenantId_OpportunityId",
                table: "orders_Orders");
        }
    }
}
