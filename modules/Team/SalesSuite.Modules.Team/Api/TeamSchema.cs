using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Features.CreateSalesRep;
using SalesSuite.Modules.Team.Features.CreateTeam;
using SalesSuite.Modules.Team.Features.DeactivateSalesRep;
using SalesSuite.Modules.Team.Features.GetMySalesRep;
using SalesSuite.Modules.Team.Features.GetSalesRep;
using SalesSuite.Modules.Team.Features.ListSalesReps;
using SalesSuite.Modules.Team.Features.ListTeams;
using SalesSuite.Modules.Team.Features.MoveSalesRep;
using SalesSuite.Modules.Team.Features.RecordTraining;
using SalesSuite.Modules.Team.Features.UpdateSalesRep;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Api;

/// <summary>Reps, teams and trainings: their types, their features in schema order, and the <c>owner</c> of customers and opportunities.</summary>
internal static class TeamSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<SalesRepGraphType>();
        slice.AddType<TeamGraphType>();
        slice.AddType<TrainingRecordGraphType>();
        var rep = new GraphQLTypeReference("SalesRep");
        ListSalesRepsField.Register(slice);
        GetSalesRepField.Register(slice, rep);
        GetMySalesRepField.Register(slice, rep);
        ListTeamsField.Register(slice);

        var repPayload = SchemaBuilders.Payload("SalesRepPayload", ("salesRep", "SalesRep"));
        CreateSalesRepField.Register(slice, repPayload);
        UpdateSalesRepField.Register(slice, repPayload);
        MoveSalesRepField.Register(slice, repPayload);
        DeactivateSalesRepField.Register(slice, repPayload);
        CreateTeamField.Register(slice);
        RecordTrainingField.Register(slice);

        slice.ExtendType("Customer", Fields.Batched("owner", rep,
            ctx => TeamLoaders.RepsByUser(ctx).Load(((ICustomerRecord)ctx.Source!).OwnerId),
            "The sales rep who owns the customer (null when the owner has no rep profile).").Reads(nameof(ICustomerRecord.OwnerId)));

        slice.ExtendType("Opportunity", Fields.Batched("owner", rep,
            ctx => TeamLoaders.RepsByUser(ctx).Load(((SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord)ctx.Source!).OwnerId),
            "The sales rep who owns the opportunity.").Reads(nameof(SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord.OwnerId)));

        slice.AddNodeResolver("SalesRep", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Reps.FirstOrDefaultAsync(r => r.Id == id, ctx.CancellationToken);
        });
        slice.AddNodeResolver("Team", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ctx.CancellationToken);
        });
    }
}
