using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Modules.Customers.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProtectContactData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_TenantId_Email",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_TenantId_Phone",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.AlterColumn<string>(
                name: "Address_PostalCode",
                schema: "customers",
                table: "Customers",
                type: "character varying(192)",
                maxLength: 192,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Address_Line1",
                schema: "customers",
                table: "Customers",
                type: "character varying(672)",
                maxLength: 672,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "customers",
                table: "Contacts",
                type: "character varying(244)",
                maxLength: 244,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                schema: "customers",
                table: "Contacts",
                type: "character varying(816)",
                maxLength: 816,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailIndex",
                schema: "customers",
                table: "Contacts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneIndex",
                schema: "customers",
                table: "Contacts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId_EmailIndex",
                schema: "customers",
                table: "Contacts",
                columns: new[] { "TenantId", "EmailIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId_PhoneIndex",
                schema: "customers",
                table: "Contacts",
                columns: new[] { "TenantId", "PhoneIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_TenantId_EmailIndex",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_TenantId_PhoneIndex",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "EmailIndex",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "PhoneIndex",
                schema: "customers",
                table: "Contacts");

            migrationBuilder.AlterColumn<string>(
                name: "Address_PostalCode",
                schema: "customers",
                table: "Customers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(192)",
                oldMaxLength: 192,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Address_Line1",
                schema: "customers",
                table: "Customers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(672)",
                oldMaxLength: 672,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Phone",
                schema: "customers",
                table: "Contacts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(244)",
                oldMaxLength: 244,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                schema: "customers",
                table: "Contacts",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(816)",
                oldMaxLength: 816,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId_Email",
                schema: "customers",
                table: "Contacts",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId_Phone",
                schema: "customers",
                table: "Contacts",
                columns: new[] { "TenantId", "Phone" });
        }
    }
}
