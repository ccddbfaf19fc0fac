package tr.destek.board;

interface VoteRepository extends MemberVoteRepository<Vote> {

}
