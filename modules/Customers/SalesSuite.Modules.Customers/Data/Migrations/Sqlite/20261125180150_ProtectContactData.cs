using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProtectContactData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_customers_Contacts_TenantId_Email",
                table: "customers_Contacts");

            migrationBuilder.DropIndex(
                name: "IX_customers_Contacts_TenantId_Phone",
                table: "customers_Contacts");

            migrationBuilder.AddColumn<string>(
                name: "EmailIndex",
                table: "customers_Contacts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneIndex",
                table: "customers_Contacts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_EmailIndex",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "EmailIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_PhoneIndex",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "PhoneIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_customers_Contacts_TenantId_EmailIndex",
                table: "customers_Contacts");

            migrationBuilder.DropIndex(
                name: "IX_customers_Contacts_TenantId_PhoneIndex",
                table: "customers_Contacts");

            migrationBuilder.DropColumn(
                name: "EmailIndex",
                table: "customers_Contacts");

            migrationBuilder.DropColumn(
                name: "PhoneIndex",
                table: "customers_Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_Email",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_Contacts_TenantId_Phone",
                table: "customers_Contacts",
                columns: new[] { "TenantId", "Phone" });
        }
    }
}
