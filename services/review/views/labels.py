"""The screens' words, as in the notice."""

from enum import StrEnum

from shared.contracts.vocabulary import FileKind


class CaseList(StrEnum):
    personal = "personal"  # 待接收申报材料 / 个人报送材料
    unit = "unit"  # 待接收申报材料 / 单位上报材料
    approval = "approval"  # 待处理申报材料 / 待审批材料
    forwarding = "forwarding"  # 待处理申报材料 / 待报送材料
    returned = "returned"  # 待处理申报材料 / 已退回补正: with the applicant, coming back here
    processed = "processed"  # 已处理


LIST_LABELS = {
    CaseList.personal: ("待接收申报材料", "个人报送材料"),
    CaseList.unit: ("待接收申报材料", "单位上报材料"),
    CaseList.approval: ("待处理申报材料", "待审批材料"),
    CaseList.forwarding: ("待处理申报材料", "待报送材料"),
    CaseList.returned: ("待处理申报材料", "已退回补正"),
    CaseList.processed: ("已处理", "已处理"),
}

OUTCOME_LABELS = {
    "forwarded": "已报送",
    "refused": "不予接收",
    "disagreed": "审核不同意",
    "withdrawn": "申报对象已撤回",
}

HISTORY_LABELS = {
    "received": "接收",
    "refused": "不予接收",
    "paper_checked": "纸质材料已核对",
    "opinion_signed": "签署审核意见",
    "forwarded": "报送",
    "withdrawn": "申报对象撤回",
    "id_number_revealed": "显示完整号码",
    "returned_for_correction": "退回补正",
    "corrected": "申报人补正后重新提交",
}

FILE_KIND_LABELS = {FileKind.photo: "网上照片", FileKind.attachment: "证明材料"}

STEP_LABELS = {
    "done": "已完成",
    "here": "当前环节",
    "next": "待报送",
    "not_reached": "未到达",
}
